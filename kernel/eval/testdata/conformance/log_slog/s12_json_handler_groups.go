package main

import (
	"context"
	"log/slog"
	"os"
	"time"
)

type Request struct {
	Method string
	Path   string
	Took   time.Duration
}

func (r Request) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("method", r.Method),
		slog.String("path", r.Path),
		slog.Int64("ms", r.Took.Milliseconds()),
	)
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("***") }

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: false,
		Level:     slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch {
			case a.Key == slog.TimeKey && len(groups) == 0:
				return slog.Attr{}
			case a.Key == slog.LevelKey:
				a.Value = slog.StringValue(a.Value.String()[:1])
			case a.Value.Kind() == slog.KindDuration:
				a.Value = slog.StringValue(a.Value.Duration().String())
			}
			return a
		},
	})
	log := slog.New(h).With("app", "s12")
	log.Info("request", "req", Request{"GET", "/a", 1500 * time.Millisecond}, "token", Secret("abc"))
	log.WithGroup("db").Debug("query", "sql", "select 1", "took", 3*time.Millisecond, slog.Group("conn", "id", 7, "pool", true))
	log.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Any("list", []int{1, 2}), slog.Any("map", map[string]int{"a": 1}), slog.Float64("f", 0.5))
	log.Error("err", "error", os.ErrDeadlineExceeded, "nilval", nil)
}
