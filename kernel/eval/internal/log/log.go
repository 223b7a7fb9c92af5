// Package log holds the kernel's log.Logger for cells. Its package name is
// log so that %T and reflect name the type *log.Logger, as Go does for a
// program's logger (a field of type *log.Logger in a cell's struct, a
// logger printed with %T); only its PkgPath tells it from the standard one.
//
// It has the methods of the standard log.Logger, except that Fatal,
// Fatalf and Fatalln end the cell (Exit) instead of the process, and that
// an entry asked with Lshortfile or Llongfile fails with ErrCallerUnknown
// when the kernel cannot give it the cell's stack (the kernel calls the
// methods that write an entry itself, with the cell's position, see
// kernel/eval's logger.go).
package log

import (
	"fmt"
	"io"
	stdlog "log"
)

// Logger is log.Logger for cells (log.New, log.Default).
type Logger struct{ l *stdlog.Logger }

// Exit ends the cell with a status; the kernel sets it (its default
// panics, never ending the process).
var Exit = func(code int) { panic(fmt.Sprintf("log: exit status %d", code)) }

// ErrCallerUnknown is the error of an entry that asks for the caller's
// file where the kernel cannot give it; the kernel sets it.
var ErrCallerUnknown = fmt.Errorf("the caller is unknown")

// New is log.New for cells.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{stdlog.New(out, prefix, flag)}
}

// Wrap returns the Logger that writes through l.
func Wrap(l *stdlog.Logger) *Logger { return &Logger{l} }

// Std returns the standard logger that l writes through (a function, not
// a method: a cell sees only log.Logger's methods).
func Std(l *Logger) *stdlog.Logger { return l.l }

// fileFlags are the flags that begin an entry with the caller's file.
const fileFlags = stdlog.Lshortfile | stdlog.Llongfile

// unbound is the calldepth-th caller for a method called without its
// interpreted stack (through a func value): it cannot name the caller's
// file, so it fails if the flags ask for it.
func (l *Logger) unbound(calldepth int, s string) error {
	if l.l.Flags()&fileFlags != 0 {
		panic(fmt.Errorf("log: Lshortfile or Llongfile: %w", ErrCallerUnknown))
	}
	return l.l.Output(calldepth+1, s)
}

func (l *Logger) fatal(s string) {
	l.unbound(1, s)
	Exit(1)
}

func (l *Logger) panic(s string) {
	l.unbound(1, s)
	panic(s)
}

// Fatal is log.Logger.Fatal, ending the cell.
func (l *Logger) Fatal(v ...any) { l.fatal(fmt.Sprint(v...)) }

// Fatalf is log.Logger.Fatalf, ending the cell.
func (l *Logger) Fatalf(format string, v ...any) { l.fatal(fmt.Sprintf(format, v...)) }

// Fatalln is log.Logger.Fatalln, ending the cell.
func (l *Logger) Fatalln(v ...any) { l.fatal(fmt.Sprintln(v...)) }

// Flags is log.Logger.Flags.
func (l *Logger) Flags() int { return l.l.Flags() }

// Output is log.Logger.Output.
func (l *Logger) Output(calldepth int, s string) error {
	return l.unbound(calldepth, s)
}

// Panic is log.Logger.Panic.
func (l *Logger) Panic(v ...any) { l.panic(fmt.Sprint(v...)) }

// Panicf is log.Logger.Panicf.
func (l *Logger) Panicf(format string, v ...any) { l.panic(fmt.Sprintf(format, v...)) }

// Panicln is log.Logger.Panicln.
func (l *Logger) Panicln(v ...any) { l.panic(fmt.Sprintln(v...)) }

// Prefix is log.Logger.Prefix.
func (l *Logger) Prefix() string { return l.l.Prefix() }

// Print is log.Logger.Print.
func (l *Logger) Print(v ...any) { l.unbound(1, fmt.Sprint(v...)) }

// Printf is log.Logger.Printf.
func (l *Logger) Printf(format string, v ...any) { l.unbound(1, fmt.Sprintf(format, v...)) }

// Println is log.Logger.Println.
func (l *Logger) Println(v ...any) { l.unbound(1, fmt.Sprintln(v...)) }

// SetFlags is log.Logger.SetFlags.
func (l *Logger) SetFlags(flag int) { l.l.SetFlags(flag) }

// SetOutput is log.Logger.SetOutput.
func (l *Logger) SetOutput(w io.Writer) { l.l.SetOutput(w) }

// SetPrefix is log.Logger.SetPrefix.
func (l *Logger) SetPrefix(prefix string) { l.l.SetPrefix(prefix) }

// Writer is log.Logger.Writer.
func (l *Logger) Writer() io.Writer { return l.l.Writer() }

// Funcs are the package log's functions that write through l, the
// standard logger (method values: each has a code pointer of its own,
// which the kernel's stack binder recognizes).
func Funcs(l *Logger) map[string]any {
	return map[string]any{
		"Fatal": l.Fatal, "Fatalf": l.Fatalf, "Fatalln": l.Fatalln,
		"Output": l.Output,
		"Panic":  l.Panic, "Panicf": l.Panicf, "Panicln": l.Panicln,
		"Print": l.Print, "Printf": l.Printf, "Println": l.Println,
	}
}
