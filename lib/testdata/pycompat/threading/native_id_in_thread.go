package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var go_ threading.Event
var ready threading.Event
var native, ident bool

func w() {
	me := threading.CurrentThread()
	native = threading.GetNativeID() == me.NativeID()
	ident = threading.GetIdent() == me.Ident()
	ready.Set()
	go_.Wait()
}

func pyNone(n int64) any {
	if n == 0 {
		return "None"
	}
	return n
}

func main() {
	t := &threading.Thread{Target: w}
	fmt.Println(pyNone(t.NativeID()), pyNone(t.Ident()))
	t.Start()
	ready.Wait()
	fmt.Println(pyBool(native), pyBool(ident), pyBool(t.NativeID() != 0))
	fmt.Println(pyBool(t.NativeID() != threading.MainThread().NativeID()))
	go_.Set()
	t.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
