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

const LevelTrace = slog.Level(-8)

func main() {
	opts := &slog.HandlerOptions{
		Level: LevelTrace,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch {
			case a.Key == slog.TimeKey && len(groups) == 0:
				return slog.Attr{}
			case a.Key == slog.LevelKey:
				if lv := a.Value.Any().(slog.Level); lv == LevelTrace {
					return slog.String(slog.LevelKey, "TRACE")
				}
			case a.Value.Kind() == slog.KindDuration:
				return slog.String(a.Key, a.Value.Duration().String())
			}
			return a
		},
	}
	log := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	log.Log(context.TODO(), LevelTrace, "very detailed", "step", 1)
	log.Info("request", "req", Request{"GET", "/api/items", 1234 * time.Millisecond})
	api := log.WithGroup("api").With("version", 2)
	api.Warn("deprecated", "endpoint", "/v1", slog.Group("client", "id", 7, "ua", "curl"))
	api.Error("failed", "err", os.ErrNotExist, "wait", 90*time.Second)
	txt := slog.New(slog.NewTextHandler(os.Stdout, opts))
	txt.Info("text form", "quoted", "has space", "empty", "", "n", 3.5)
	txt.With(slog.Bool("ok", true)).Debug("debug shown", slog.Any("list", []int{1, 2}))
}
