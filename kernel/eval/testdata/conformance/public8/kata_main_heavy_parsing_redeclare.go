package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	input := "12,7.5,x,3,,41,-2"
	var stats Stats
	record := func(v float64) {
		stats.Count++
		stats.Sum += v
	}
	var bad []string
	for _, f := range strings.Split(input, ",") {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%q", f))
			continue
		}
		record(v)
	}
	fmt.Printf("%+v bad=%v\n", stats, bad)

	width, err := strconv.Atoi("8")
	label := func() string { return fmt.Sprintf("w=%d err=%v", width, err) }
	height, err := strconv.Atoi("oops")
	fmt.Println(label(), height)

	total := 0
	ptr := &total
	total, scale := 5, 3
	*ptr *= scale
	fmt.Println(total, scale)

	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	parts := strings.Fields("a=1 b=2 c=three")
	kv := map[string]int{}
	for _, p := range parts {
		k, v, _ := strings.Cut(p, "=")
		n, err := strconv.Atoi(v)
		if err != nil {
			fmt.Println("skip", k, err)
			continue
		}
		kv[k] = n
	}
	fmt.Println(kv)
}
