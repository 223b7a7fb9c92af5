package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

type memHandler struct {
	level  slog.Leveler
	attrs  []slog.Attr
	prefix string
	out    *[]string
}

func (h *memHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level.Level() }

func (h *memHandler) Handle(_ context.Context, r slog.Record) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&sb, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&sb, " %s%s=%v", h.prefix, a.Key, a.Value.Resolve())
		return true
	})
	*h.out = append(*h.out, sb.String())
	return nil
}

func (h *memHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &c
}

func (h *memHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.prefix += name + "."
	return &c
}

type Point struct{ X, Y int }

func (p Point) LogValue() slog.Value { return slog.StringValue(fmt.Sprintf("(%d,%d)", p.X, p.Y)) }

func main() {
	var lines []string
	lv := new(slog.LevelVar)
	lv.Set(slog.LevelInfo)
	l := slog.New(&memHandler{level: lv, out: &lines})
	l.Debug("hidden")
	l.Info("start", "p", Point{1, 2}, "n", 3)
	l.With("svc", "api").WithGroup("req").Warn("slow", "ms", 250, "at", Point{0, 0})
	lv.Set(slog.LevelDebug)
	l.Debug("now visible", slog.Group("g", "a", 1))
	l.Error("fail", "err", fmt.Errorf("wrapped: %w", context.Canceled))
	fmt.Println(l.Enabled(context.Background(), slog.LevelDebug-1), lv.Level(), lv)
	for _, s := range lines {
		fmt.Println(s)
	}
	var lvl slog.Level
	fmt.Println(lvl.UnmarshalText([]byte("warn+2")), lvl, slog.LevelError+1)
}
