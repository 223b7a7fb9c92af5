package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var stop threading.Event
	t := &threading.Thread{Target: stop.Wait, Name: "w"}
	fmt.Println(t)
	d := &threading.Thread{Target: stop.Wait, Name: "d", Daemon: true}
	fmt.Println(d)
	t.Start()
	fmt.Println(pyBool(strings.HasPrefix(t.String(), "<Thread(w, started ")))
	stop.Set()
	t.Join()
	fmt.Println(pyBool(strings.HasPrefix(t.String(), "<Thread(w, stopped ")), pyBool(strings.HasSuffix(t.String(), ")>")))
	fmt.Println(strings.Split(threading.MainThread().String(), ",")[0])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
