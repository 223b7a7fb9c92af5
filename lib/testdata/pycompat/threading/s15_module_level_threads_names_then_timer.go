package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func download() {
	fmt.Println("downloading in", threading.CurrentThread().GetName())
}

func remind() {
	fmt.Println("reminder in", threading.CurrentThread().GetName())
}

var (
	worker   = &threading.Thread{Target: download}
	helper   = &threading.Thread{Target: download, Name: "helper"}
	mainName = threading.CurrentThread().GetName()
)

func main() {
	fmt.Println(worker.GetName(), helper.GetName(), mainName)
	timer := threading.NewTimer(0, remind)
	fmt.Println(timer.GetName())
	worker.Start()
	worker.Join()
	helper.Start()
	helper.Join()
	timer.Start()
	timer.Join()
	fmt.Println(map[bool]string{true: "True", false: "False"}[worker.IsAlive()], map[bool]string{true: "True", false: "False"}[timer.IsAlive()])
}
