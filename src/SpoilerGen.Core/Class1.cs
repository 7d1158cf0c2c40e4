namespace SpoilerGen.Core;

public class Class1
{

}
