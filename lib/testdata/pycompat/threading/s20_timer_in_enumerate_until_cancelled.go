package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func names() string {
	var s []string
	for _, t := range threading.Enumerate() {
		s = append(s, t.GetName())
	}
	return "['" + strings.Join(s, "', '") + "']"
}

func main() {
	t := threading.NewTimer(30*time.Second, func() { fmt.Println("never") })
	t.Name = "alarm"
	fmt.Println(names(), threading.ActiveCount())
	t.Start()
	fmt.Println(names(), threading.ActiveCount(), pb(t.IsAlive()))
	t.Cancel()
	t.Cancel()
	t.Join()
	fmt.Println(names(), threading.ActiveCount(), pb(t.IsAlive()))
	t.Cancel()
}
