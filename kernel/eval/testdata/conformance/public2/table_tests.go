package main

import (
	"fmt"
	"strings"
)

func IntMin(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type T struct {
	failed bool
	log    []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.log = append(t.log, fmt.Sprintf(format, args...))
}

func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{}
	f(sub)
	status := "PASS"
	if sub.failed {
		status = "FAIL"
		t.failed = true
	}
	fmt.Printf("--- %s: %s\n", status, name)
	for _, l := range sub.log {
		fmt.Println("    " + l)
	}
	return !sub.failed
}

func main() {
	var tests = []struct {
		a, b int
		want int
	}{
		{0, 1, 0},
		{1, 0, 0},
		{2, -2, -2},
		{0, -1, -1},
		{-1, 0, 1},
	}
	t := &T{}
	for _, tt := range tests {
		testname := fmt.Sprintf("%d,%d", tt.a, tt.b)
		t.Run(testname, func(t *T) {
			ans := IntMin(tt.a, tt.b)
			if ans != tt.want {
				t.Errorf("got %d, want %d", ans, tt.want)
			}
		})
	}
	fmt.Println(strings.Repeat("=", 10), "failed:", t.failed)
}
