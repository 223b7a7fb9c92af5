package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func download() {}

type Job struct{}

func (j *Job) Run() {}
func (j *Job) Go()  {}

func main() {
	ts := []*threading.Thread{
		{Target: download},
		{},
		{Target: (&Job{}).Go, TargetName: "go"},
		{Target: download, Name: "custom"},
		{Target: download},
	}
	for _, t := range ts {
		fmt.Println(t.GetName())
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println((&threading.Thread{Target: download}).GetName())
}
