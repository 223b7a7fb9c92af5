package main

import (
	"context"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID   int
	Name string
}

type Money int

func (m Money) LogValue() slog.Value { return slog.StringValue("$" + slog.IntValue(int(m)).String()) }

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	l := slog.New(h)
	l.Info("user", "u", User{1, "ann"}, "ptr", &User{2, "bob"})
	l.Info("price", "amount", Money(42))
	l.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Duration("took", 1500*time.Millisecond), slog.Time("at", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)), slog.Float64("ratio", 0.25))
	l.Info("grouped", slog.Group("req", slog.String("method", "GET"), slog.Int("status", 200)), "tags", []string{"a", "b"})
	l.With(slog.Group("svc", "name", "api")).Error("boom", "err", "disk full")
	jh := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	jh.Info("json", "u", User{3, "cy"}, "m", map[string]int{"x": 1}, "amount", Money(7))
	var lvl slog.Level
	lvl.UnmarshalText([]byte("warn+2"))
	slog.New(h).Log(context.Background(), lvl, "custom level")
	l.Enabled(context.Background(), slog.LevelDebug)
}
