package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string)   { fmt.Println(l.prefix + msg) }
func (l *Logger) PLog(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	l := Logger{"[v1] "}
	defer l.Log("deferred value method")    // receiver copied now
	defer l.PLog("deferred pointer method") // &l taken now
	f := l.Log
	l.prefix = "[v2] "
	f("method value")
	defer func() { l.Log("closure") }()
	lp := &Logger{"[p1] "}
	defer lp.Log("value method through pointer") // *lp copied now
	lp.prefix = "[p2] "
	var iface interface{ Log(string) } = l
	l.prefix = "[v3] "
	defer iface.Log("interface method")
}
