package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(xs []string) string { return "['" + strings.Join(xs, "', '") + "']" }

func main() {
	var seen [][]string
	items := &[]string{"a"}
	t := threading.NewTimer(50*time.Millisecond, func() { seen = append(seen, append([]string(nil), *items...)) })
	t.Start()
	*items = append(*items, "b")
	t.Join()
	*items = append(*items, "c")
	fmt.Printf("[%s] %s\n", show(seen[0]), show(*items))
}
