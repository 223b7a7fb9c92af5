package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var got []string

func f(a int, b any, k any) {
	bs := fmt.Sprint(b)
	if s, ok := b.(string); ok {
		bs = "'" + s + "'"
	}
	ks := "None"
	if k != nil {
		ks = fmt.Sprint(k)
	}
	got = append(got, fmt.Sprintf("(%d, %s, %s)", a, bs, ks))
}

func main() {
	t := threading.NewTimer(10*time.Millisecond, func() { f(1, "two", 3.5) })
	t.Start()
	t.Join()
	t2 := threading.NewTimer(10*time.Millisecond, func() { f(4, 5, nil) })
	t2.Start()
	t2.Join()
	fmt.Printf("[%s]\n", strings.Join(got, ", "))
}
