package eval

import (
	"fmt"
	"io"
	"log"
	"log/slog"

	"github.com/gonotes/gonotes/lib/hook"
)

// stdSlog is slog's default logger as the process started.
var stdSlog = slog.Default()

// resetStdLog gives the log package's standard logger, and slog's
// default logger, which writes through it, the settings of a program
// that starts, with the output routed to the running cell's stderr, and
// returns it. A new session starts from them.
func resetStdLog() *log.Logger {
	slog.SetDefault(stdSlog)
	slog.SetLogLoggerLevel(slog.LevelInfo)
	l := log.Default()
	l.SetOutput(hook.Stderr())
	l.SetFlags(log.LstdFlags)
	l.SetPrefix("")
	return l
}

// Logger is log.Logger for cells (log.New, log.Default): the same methods,
// except that Fatal, Fatalf and Fatalln end the cell (SystemExit 1) instead
// of the kernel. It replaces yaegi's restricted wrapper, which lacks
// SetPrefix and makes Fatal a plain panic.
type Logger struct{ l *log.Logger }

func newLogger(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{log.New(out, prefix, flag)}
}

func (l *Logger) fatal(s string) {
	l.l.Output(3, s)
	panic(exitPanic{1})
}

func (l *Logger) Fatal(v ...any)                 { l.fatal(fmt.Sprint(v...)) }
func (l *Logger) Fatalf(format string, v ...any) { l.fatal(fmt.Sprintf(format, v...)) }
func (l *Logger) Fatalln(v ...any)               { l.fatal(fmt.Sprintln(v...)) }
func (l *Logger) Flags() int                     { return l.l.Flags() }
func (l *Logger) Output(calldepth int, s string) error {
	return l.l.Output(calldepth+1, s)
}
func (l *Logger) Panic(v ...any)                 { l.l.Panic(v...) }
func (l *Logger) Panicf(format string, v ...any) { l.l.Panicf(format, v...) }
func (l *Logger) Panicln(v ...any)               { l.l.Panicln(v...) }
func (l *Logger) Prefix() string                 { return l.l.Prefix() }
func (l *Logger) Print(v ...any)                 { l.l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.l.Output(2, fmt.Sprintln(v...)) }
func (l *Logger) SetFlags(flag int)              { l.l.SetFlags(flag) }
func (l *Logger) SetOutput(w io.Writer)          { l.l.SetOutput(w) }
func (l *Logger) SetPrefix(prefix string)        { l.l.SetPrefix(prefix) }
func (l *Logger) Writer() io.Writer              { return l.l.Writer() }
