// Recorder-only helper: runs one corpus script as `pwsh -c` does, on a fresh runspace of the console host.
// As ConsoleHost's executor does for -c: a pipeline added to history (that is what makes $? reflect the
// last statement afterwards), errors merged into output, then Out-Default; an exception that ends the script
// is reported like ConsoleHost.ReportException (an incomplete parse is reported by nothing, as pwsh -c
// does); the exit status is 1 when $global:? is false afterwards, read by a pipeline of its own as
// ConsoleHost does.
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace SpoConformance
{
    public static class CaseRunner
    {
        private const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Instance;

        public static int Run(Runspace rs, string script)
        {
            Pipeline pipe = rs.CreatePipeline(script, true);
            pipe.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
            pipe.Commands.Add("Out-Default");
            try
            {
                pipe.Invoke();
            }
            catch (IncompleteParseException)
            {
                return 1;
            }
            catch (Exception e)
            {
                Report(rs, e);
                return 1;
            }
            var status = rs.CreatePipeline("$global:?", false).Invoke();
            return status.Count == 1 && true.Equals(status[0].BaseObject) ? 0 : 1;
        }

        private static void Report(Runspace rs, Exception e)
        {
            IContainsErrorRecord icer = e as IContainsErrorRecord;
            object error = icer != null ? icer.ErrorRecord : new ErrorRecord(e, "ConsoleHost.ReportException", ErrorCategory.NotSpecified, null);
            PSObject wrapped = new PSObject(error);
            PropertyInfo ws = typeof(PSObject).GetProperty("WriteStream", Hidden);
            ws.SetValue(wrapped, Enum.Parse(ws.PropertyType, "Error"));
            Pipeline report = rs.CreatePipeline("$input | Out-Default", false);
            report.Invoke(new object[] { wrapped });
        }
    }
}
