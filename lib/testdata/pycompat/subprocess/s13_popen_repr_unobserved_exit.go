package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 3"})
	time.Sleep(300 * time.Millisecond)
	fmt.Println(p)
	rc := p.Poll()
	fmt.Println(pyAny(rc), p)
	fmt.Println(p.Wait(), p.Wait(), pyAny(p.Poll()), pyAny(p.Returncode()))
	q, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println(q)
	q.Terminate()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("after terminate, before wait:", pyAny(q.Returncode()))
	w := q.Wait()
	fmt.Println(w, q)
}
