package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var local threading.Local
var created []string
var lock threading.Lock

func getConn() string {
	if _, ok := local.Lookup("conn"); !ok {
		local.Set("conn", "conn-for-"+threading.CurrentThread().GetName())
		lock.Acquire()
		created = append(created, "'"+local.Get("conn").(string)+"'")
		lock.Release()
	}
	return local.Get("conn").(string)
}

func worker() {
	for range 3 {
		getConn()
	}
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: worker, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(created)
	fmt.Println("[" + strings.Join(created, ", ") + "]")
	fmt.Println(getConn(), pyBool(getConn() == getConn()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
