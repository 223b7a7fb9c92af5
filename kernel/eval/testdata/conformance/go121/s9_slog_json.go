package main

import (
	"log/slog"
	"os"
	"time"
)

type user struct {
	Name string
	Age  int
}

func (u user) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", u.Name), slog.Int("age", u.Age))
}

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)
	log.Info("json", "n", 1, "d", 1500*time.Millisecond, "s", "x\"y")
	log.Info("valuer", "user", user{"ann", 41})
	log.With(slog.Group("app", "v", "1.0")).Warn("nested", slog.Group("a", slog.Group("b", "c", 3)))
	fmtd := slog.IntValue(3).Kind()
	log.Info("kinds", "kind", fmtd.String(), "level", slog.LevelError+2)
}
