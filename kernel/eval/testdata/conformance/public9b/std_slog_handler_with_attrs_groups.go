package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
)

type memHandler struct {
	level  slog.Level
	attrs  []slog.Attr
	groups []string
	out    *[]string
}

func (h *memHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *memHandler) Handle(_ context.Context, r slog.Record) error {
	var parts []string
	prefix := strings.Join(h.groups, ".")
	if prefix != "" {
		prefix += "."
	}
	for _, a := range h.attrs {
		parts = append(parts, a.Key+"="+a.Value.String())
	}
	r.Attrs(func(a slog.Attr) bool {
		a.Value = a.Value.Resolve()
		if a.Value.Kind() == slog.KindGroup {
			for _, g := range a.Value.Group() {
				parts = append(parts, prefix+a.Key+"."+g.Key+"="+g.Value.String())
			}
			return true
		}
		parts = append(parts, prefix+a.Key+"="+a.Value.String())
		return true
	})
	sort.Strings(parts)
	*h.out = append(*h.out, fmt.Sprintf("%s %q %s", r.Level, r.Message, strings.Join(parts, " ")))
	return nil
}

func (h *memHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
	return &c
}

func (h *memHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.groups = append(append([]string(nil), h.groups...), name)
	return &c
}

type Point struct{ X, Y int }

func (p Point) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("x", p.X), slog.Int("y", p.Y))
}

func main() {
	var lines []string
	h := &memHandler{level: slog.LevelInfo, out: &lines}
	log := slog.New(h)
	log.Info("start", "n", 1, "ok", true)
	log.Debug("hidden")
	l2 := log.With("svc", "api", slog.Int("pid", 42))
	l2.Warn("slow", "ms", 250, "pt", Point{1, 2})
	l3 := l2.WithGroup("req")
	l3.Error("fail", "path", "/x", slog.Group("user", "id", 7, "name", "ann"))
	log.Log(context.Background(), slog.LevelWarn+1, "custom")
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(log.Enabled(context.Background(), slog.LevelDebug), slog.LevelWarn+1, slog.Level(-8))
	var lv slog.Level
	fmt.Println(lv.UnmarshalText([]byte("warn+2")), lv)
	th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	slog.New(th).WithGroup("g").Info("msg with space", "k", "v w", "pt", Point{3, 4}, "e", fmt.Errorf("bad"))
}
