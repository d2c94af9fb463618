using System.Text;
using ThiDua.Rules.Cli;

// Vietnamese messages and the ✓ / ✗ marks need UTF-8 whatever the terminal's default code page is.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
