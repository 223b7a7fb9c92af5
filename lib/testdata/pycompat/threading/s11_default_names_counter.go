package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func f() {}

func main() {
	ts := []*threading.Thread{{Target: f}, {Target: f}}
	named := &threading.Thread{Target: f, Name: "custom"}
	anon := &threading.Thread{}
	fmt.Println("['"+ts[0].GetName()+"', '"+ts[1].GetName()+"']", named.GetName(), anon.GetName())
	for _, t := range append(ts, named, anon) {
		t.Start()
		t.Join()
	}
	fmt.Println((&threading.Thread{Target: f}).GetName())
}
