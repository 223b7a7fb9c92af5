package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {}

func main() {
	t := &threading.Thread{Target: worker, Name: "w"}
	t.Start()
	t.Join()
	fmt.Println(regexp.MustCompile(`\d+\)`).ReplaceAllString(t.String(), "N)"))
	d := &threading.Thread{Target: worker, Name: "d", Daemon: true}
	fmt.Println(d.String())
	d.Start()
	d.Join()
	fmt.Println(regexp.MustCompile(` \d+\)`).ReplaceAllString(d.String(), " N)"))
}
