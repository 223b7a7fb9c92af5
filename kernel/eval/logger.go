package eval

import (
	"fmt"
	"log"
	"log/slog"
	"reflect"
	"strconv"
	"time"

	ilog "github.com/gonotes/gonotes/kernel/eval/internal/log"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
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

// Logger is log.Logger for cells (internal/log): its package is named log
// so that %T and reflect name it *log.Logger, as Go names a program's.
type Logger = ilog.Logger

func init() {
	ilog.Exit = func(code int) { panic(exitPanic{code}) }
	ilog.ErrCallerUnknown = errCallerUnknown
}

// fileFlags are the flags that begin an entry with the caller's file.
const fileFlags = log.Lshortfile | log.Llongfile

// loggerAt returns the method of l named method (one of loggerMethods) called
// at the interpreted stack st: with Lshortfile or Llongfile, its entry
// names the cell's line that called it (callers.go).
func loggerAt(l *Logger, s *Session, st interp.Stack, method string) reflect.Value {
	out := func(calldepth int, msg string) error { return loggerOutputAt(l, s, st, calldepth, msg) }
	fatal := func(msg string) {
		out(1, msg)
		panic(exitPanic{1})
	}
	pnc := func(msg string) {
		out(1, msg)
		panic(msg)
	}
	var f any
	switch method {
	case "Print":
		f = func(v ...any) { out(1, fmt.Sprint(v...)) }
	case "Printf":
		f = func(format string, v ...any) { out(1, fmt.Sprintf(format, v...)) }
	case "Println":
		f = func(v ...any) { out(1, fmt.Sprintln(v...)) }
	case "Output":
		f = func(calldepth int, msg string) error { return out(calldepth, msg) }
	case "Fatal":
		f = func(v ...any) { fatal(fmt.Sprint(v...)) }
	case "Fatalf":
		f = func(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }
	case "Fatalln":
		f = func(v ...any) { fatal(fmt.Sprintln(v...)) }
	case "Panic":
		f = func(v ...any) { pnc(fmt.Sprint(v...)) }
	case "Panicf":
		f = func(format string, v ...any) { pnc(fmt.Sprintf(format, v...)) }
	case "Panicln":
		f = func(v ...any) { pnc(fmt.Sprintln(v...)) }
	default:
		panic("gonotes: no log method " + method)
	}
	return reflect.ValueOf(f)
}

// loggerOutputAt is Output for a call at the interpreted stack st: calldepth 1
// is the cell's call of the method. Without Lshortfile and Llongfile it is
// log's Output; with them, the entry is written as log writes it, with
// the cell's position.
func loggerOutputAt(lg *Logger, s *Session, st interp.Stack, calldepth int, msg string) error {
	l := ilog.Std(lg)
	flag := l.Flags()
	if flag&fileFlags == 0 {
		return l.Output(1, msg)
	}
	now := time.Now()
	fr, complete := s.callers(st)
	var file string
	var line int
	switch i := calldepth - 1; {
	case i >= 0 && i < len(fr):
		file, line = fr[i].file, fr[i].line
	case i >= len(fr) && complete:
		file, line = "???", 0
	default:
		panic(fmt.Errorf("log: Lshortfile or Llongfile at calldepth %d: %w", calldepth, errCallerUnknown))
	}
	buf := logHeader(nil, now, l.Prefix(), flag, file, line)
	buf = append(buf, msg...)
	if len(msg) == 0 || msg[len(msg)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.Writer().Write(buf)
	return err
}

// logHeader appends to buf the header log writes before a message (see
// log.Logger.formatHeader): the prefix (unless Lmsgprefix), the date and
// time as the flags ask, the file and line, and the prefix with
// Lmsgprefix.
func logHeader(buf []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&log.Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(log.Ldate|log.Ltime|log.Lmicroseconds) != 0 {
		if flag&log.LUTC != 0 {
			t = t.UTC()
		}
		if flag&log.Ldate != 0 {
			y, m, d := t.Date()
			buf = fmt.Appendf(buf, "%04d/%02d/%02d ", y, int(m), d)
		}
		if flag&(log.Ltime|log.Lmicroseconds) != 0 {
			h, mi, sec := t.Clock()
			buf = fmt.Appendf(buf, "%02d:%02d:%02d", h, mi, sec)
			if flag&log.Lmicroseconds != 0 {
				buf = fmt.Appendf(buf, ".%06d", t.Nanosecond()/1e3)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&log.Lshortfile != 0 {
		for i := len(file) - 1; i > 0; i-- {
			if file[i] == '/' {
				file = file[i+1:]
				break
			}
		}
	}
	buf = append(buf, file...)
	buf = append(buf, ':')
	buf = strconv.AppendInt(buf, int64(line), 10)
	buf = append(buf, ": "...)
	if flag&log.Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}
