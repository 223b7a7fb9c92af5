package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

type lineHandler struct {
	level slog.Level
	attrs []slog.Attr
	group string
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		k := a.Key
		if h.group != "" {
			k = h.group + "." + k
		}
		fmt.Fprintf(&b, " %s=%v", k, a.Value)
		return true
	})
	fmt.Println(b.String())
	return nil
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{h.level, append(append([]slog.Attr{}, h.attrs...), as...), h.group}
}

func (h *lineHandler) WithGroup(name string) slog.Handler {
	return &lineHandler{h.level, h.attrs, name}
}

func main() {
	l := slog.New(&lineHandler{level: slog.LevelInfo})
	l.Info("hello", "n", 1)
	l.Debug("hidden")
	l.With("svc", "api").Warn("slow", "ms", 250)
	l.WithGroup("req").Error("fail", "code", 500)
	fmt.Println(l.Enabled(context.Background(), slog.LevelDebug), l.Handler() != nil)
}
