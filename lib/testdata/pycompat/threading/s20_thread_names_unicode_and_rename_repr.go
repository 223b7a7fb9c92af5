package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Target: func() {}, Name: "작업자-1"}
	fmt.Println(t.GetName(), regexp.MustCompile(`\d+\)>`).ReplaceAllString(t.String(), "N)>"))
	t.Name = "wörker ✓"
	t.Start()
	t.Join()
	fmt.Println(t.GetName(), regexp.MustCompile(` \d+\)>`).ReplaceAllString(t.String(), " N)>"))
}
