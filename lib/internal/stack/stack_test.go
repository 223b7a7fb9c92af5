package stack

import "testing"

func TestUserFrames(t *testing.T) {
	stack := []byte(`goroutine 7 [running]:
runtime/debug.Stack()
	/usr/local/go/src/runtime/debug/stack.go:26 +0x5e
github.com/gonotes/gonotes/lib/threading.(*Thread).finish(0xc000)
	/work/lib/threading/thread.go:10 +0x45
panic({0x5, 0x6})
	/usr/local/go/src/runtime/panic.go:792 +0x132
main.work(...)
	/tmp/x.go:12 +0x1d
created by github.com/gonotes/gonotes/lib/threading.(*Thread).Start in goroutine 1
	/work/lib/threading/thread.go:20 +0x1
`)
	want := "goroutine 7 [running]:\nmain.work(...)\n\t/tmp/x.go:12\n"
	if got := UserFrames(stack); got != want {
		t.Errorf("UserFrames = %q, want %q", got, want)
	}
	if got := UserFrames([]byte("goroutine 1 [running]:\nruntime.x()\n\ta.go:1\n")); got != "" {
		t.Errorf("UserFrames without user frames = %q", got)
	}
}
