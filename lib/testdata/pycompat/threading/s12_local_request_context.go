package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var ctx threading.Local
var out = map[int]string{}
var lock threading.Lock

func handle(reqID int, user string) {
	ctx.Set("req_id", reqID)
	ctx.Set("user", user)
	logLine()
}

func logLine() {
	lock.Acquire()
	defer lock.Release()
	id := ctx.Get("req_id").(int)
	out[id] = fmt.Sprintf("[%d] user=%s thread=%s", id, ctx.Get("user"), threading.CurrentThread().GetName())
}

func main() {
	var ts []*threading.Thread
	for i, u := range []string{"kim", "lee", "park"} {
		ts = append(ts, &threading.Thread{Target: func() { handle(i, u) }, Name: fmt.Sprintf("req-%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var keys []int
	for k := range out {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(out[k])
	}
	_, ok := ctx.Lookup("req_id")
	fmt.Println(pyBool(ok))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
