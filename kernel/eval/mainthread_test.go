package eval

import "testing"

// The notebook's main thread is one thread for the whole session, as in
// Python: its identity is the same in every cell and in funcs declared in
// other cells, so an RLock or a Condition acquired in one cell is released
// in the next, after which another thread can take it. Expected output from
// python3 of the same program (cells one after the other):
//
//	True True MainThread True
//	other thread got it: True
func TestMainThreadLastsAcrossCells(t *testing.T) {
	wantOut(t, "true true MainThread true\nother thread got it: true\n",
		`mainID := threading.GetIdent()
r := &threading.RLock{}
r.Acquire()
cond := threading.NewCondition(nil)
cond.Acquire()`,
		`func ident() int64 { return threading.GetIdent() }`,
		`fmt.Println(threading.GetIdent() == mainID, ident() == mainID, threading.CurrentThread().Name, threading.CurrentThread() == threading.MainThread())
r.Release()
cond.Release()
t := &threading.Thread{Target: func() { fmt.Println("other thread got it:", r.AcquireTimeout(time.Second)) }}
t.Start()
t.Join()`)
}

// Within one cell, statements after a func declaration run in the same
// thread as those before it.
func TestMainThreadAcrossUnitsOfACell(t *testing.T) {
	wantOut(t, "true\n", `before := threading.GetIdent()
func later() int64 { return threading.GetIdent() }
fmt.Println(later() == before)`)
}
