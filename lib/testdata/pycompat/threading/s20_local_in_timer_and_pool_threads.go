package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var data threading.Local
	data.Set("who", "main")
	var seen []string
	look := func(tag string) {
		v, ok := data.Lookup("who")
		s := "None"
		if ok {
			s = "'" + v.(string) + "'"
		}
		seen = append(seen, fmt.Sprintf("('%s', %s)", tag, s))
		data.Set("who", tag)
		seen = append(seen, fmt.Sprintf("('%s', '%s')", tag, data.Get("who")))
	}
	t := threading.NewTimer(10*time.Millisecond, func() { look("timer") })
	t.Start()
	t.Join()
	th := &threading.Thread{Target: func() { look("thread") }}
	th.Start()
	th.Join()
	fmt.Println("["+strings.Join(seen, ", ")+"]", data.Get("who"))
}
