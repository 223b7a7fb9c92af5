package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var seen []string
	var gop, renamed threading.Event
	work := func() {
		seen = append(seen, "'"+threading.CurrentThread().GetName()+"'")
		gop.Set()
		renamed.Wait()
		seen = append(seen, "'"+threading.CurrentThread().GetName()+"'")
	}
	t := &threading.Thread{Target: work, TargetName: "work"}
	t.Start()
	gop.Wait()
	t.Name = "renamed-worker"
	renamed.Set()
	t.Join()
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	fmt.Println(t.Name, t.GetName())
	t.Name = "again"
	fmt.Println(t.Name)
}
