package main

import (
	"log/slog"
	"os"
)

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)
	attrs := []slog.Attr{slog.String("method", "GET"), slog.Int("code", 200)}
	log.Info("request", slog.GroupAttrs("http", attrs...))
	log.Info("empty group vanishes", slog.GroupAttrs("none"))
	g := slog.GroupAttrs("outer", slog.GroupAttrs("inner", slog.Bool("deep", true)))
	log.Info("nested", g)
	log.Info("kind", "k", g.Value.Kind())
}
