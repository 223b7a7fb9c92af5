package main

import (
	"context"
	"fmt"
	"log/slog"
)

func main() {
	l := slog.New(slog.DiscardHandler)
	l.Info("nothing", "x", 1)
	fmt.Println(l.Enabled(context.Background(), slog.LevelError))
	fmt.Println(l.With("a", 1).WithGroup("g").Handler() == slog.DiscardHandler)
}
