package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("standard logger")
	log.SetFlags(log.Lshortfile &^ log.Lshortfile)
	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")
	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", log.Lmsgprefix)
	buflog.Println("hello")
	fmt.Print("from buflog:", buf.String())
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	myslog := slog.New(h)
	myslog.Info("hi there")
	myslog.Info("hello again", "key", "val", "age", 25)
	myslog.With("req", 7).Warn("careful", slog.Group("g", "a", 1))
	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	slog.New(jh).Debug("dbg", "n", 3)
}
