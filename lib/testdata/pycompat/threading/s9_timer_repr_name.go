package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := threading.NewTimer(10*time.Millisecond, func() {})
	fmt.Println(t)
	t.Start()
	t.Join()
	fmt.Println(regexp.MustCompile(` \d+\)`).ReplaceAllString(t.String(), " N)"))
	u := threading.NewTimer(10*time.Millisecond, func() { fmt.Println("hi") })
	u.Name = "tick"
	u.Start()
	u.Join()
}
