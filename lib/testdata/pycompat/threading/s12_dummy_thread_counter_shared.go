package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func f() {}

func main() {
	names := []string{"'" + (&threading.Thread{Target: f}).GetName() + "'"}
	var done threading.Event
	go func() {
		names = append(names, "'"+threading.CurrentThread().GetName()+"'")
		d := "False"
		if threading.CurrentThread().IsDaemon() {
			d = "True"
		}
		names = append(names, d)
		done.Set()
	}()
	done.Wait()
	names = append(names, "'"+(&threading.Thread{Target: f}).GetName()+"'")
	names = append(names, "'"+(&threading.Thread{}).GetName()+"'")
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
