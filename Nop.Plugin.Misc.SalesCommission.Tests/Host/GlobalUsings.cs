global using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
