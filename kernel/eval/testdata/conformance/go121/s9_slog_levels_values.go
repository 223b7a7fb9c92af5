package main

import (
	"fmt"
	"log/slog"
	"time"
)

func main() {
	for _, l := range []slog.Level{slog.LevelDebug, slog.LevelInfo + 1, slog.LevelWarn, slog.LevelError + 4, slog.LevelDebug - 2} {
		b, _ := l.MarshalText()
		fmt.Println(int(l), l.String(), string(b))
	}
	var l slog.Level
	fmt.Println(l.UnmarshalText([]byte("warn+2")), l)
	fmt.Println(l.UnmarshalText([]byte("loud")) != nil)
	a := slog.Int("n", 3)
	fmt.Println(a.Equal(slog.Int64("n", 3)), a.Equal(slog.Int("n", 4)), a)
	for _, v := range []slog.Value{
		slog.StringValue("s"), slog.IntValue(1), slog.Uint64Value(2), slog.Float64Value(2.5),
		slog.BoolValue(true), slog.DurationValue(time.Second), slog.AnyValue([]int{1}),
		slog.AnyValue(int8(3)), slog.GroupValue(slog.String("k", "v")),
	} {
		fmt.Println(v.Kind(), v)
	}
	fmt.Println(slog.AnyValue(uint16(7)).Uint64(), slog.AnyValue(2*time.Minute).Duration())
}
