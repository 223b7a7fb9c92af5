package main

import (
	"errors"
	"log"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("started", 1, 2)
	l.Printf("value=%d", 42)
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("with msgprefix")
	fmt := l.Flags()
	l.Println("flags", fmt)
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("hello", "count", 3, "ok", true)
	logger.Debug("debugging", slog.Float64("pi", 3.14), slog.Duration("d", 1500*time.Millisecond))
	logger.Warn("user event", "user", User{7, "ann"}, "pw", Secret("hunter2"))
	logger.Error("failed", "err", errors.New("disk full"), slog.Group("req", "method", "GET", "path", "/x"))
	child := logger.With("svc", "api").WithGroup("g")
	child.Info("nested", "k", "v", "spaces", "a b", "quote", `say "hi"`)
	jl := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	jl.Info("json", "n", 1, "list", []int{1, 2}, "user", User{1, "bo"}, "m", map[string]int{"b": 2, "a": 1})
	jl.With("a", 1).WithGroup("grp").Warn("grouped", "b", 2)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("shown")
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	fmtLevel := []slog.Level{slog.LevelDebug, slog.LevelInfo + 2, slog.LevelError, slog.Level(12)}
	for _, lvl := range fmtLevel {
		l.Println(lvl.String(), lvl >= lv.Level())
	}
}
