global using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;
