package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

type LineHandler struct {
	w      io.Writer
	level  slog.Level
	attrs  []slog.Attr
	prefix string
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-5s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&sb, " %s%s=%v", h.prefix, a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&sb, " %s%s=%v", h.prefix, a.Key, a.Value)
		return true
	})
	sb.WriteByte('\n')
	_, err := io.WriteString(h.w, sb.String())
	return err
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	n := *h
	n.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
	return &n
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	n := *h
	n.prefix = h.prefix + name + "."
	return &n
}

func main() {
	h := &LineHandler{w: os.Stdout, level: slog.LevelInfo}
	log := slog.New(h)
	log.Info("started", "port", 8080)
	log.Debug("hidden")
	log.With("svc", "api").Warn("slow", "ms", 250)
	log.WithGroup("req").Info("done", "status", 200, slog.Group("user", "id", 7))
	log.Error("failed", "err", fmt.Errorf("boom"))
	slog.SetDefault(log)
	slog.Info("via default", "n", 1)
	fmt.Println(log.Enabled(context.Background(), slog.LevelDebug), log.Handler() == slog.Handler(h))
}
