package testutil_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/gonotes/gonotes/internal/testutil"
)

// Writes from many goroutines at once all land, none torn or lost.
func TestBufferConcurrentWrites(t *testing.T) {
	const (
		writers = 8
		writes  = 500
		line    = "0123456789\n"
	)
	var b testutil.Buffer
	var wg sync.WaitGroup
	for i := 0; i < writers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < writes; j++ {
				if n, err := b.Write([]byte(line)); n != len(line) || err != nil {
					t.Errorf("Write = %d, %v", n, err)
					return
				}
				_ = b.String() // reads may run alongside writes
			}
		}()
	}
	wg.Wait()
	got := b.String()
	if want := writers * writes * len(line); len(got) != want {
		t.Fatalf("got %d bytes, want %d", len(got), want)
	}
	if n := strings.Count(got, line); n != writers*writes {
		t.Fatalf("got %d whole lines, want %d", n, writers*writes)
	}
}

func TestBufferZeroValue(t *testing.T) {
	var b testutil.Buffer
	if b.String() != "" {
		t.Fatalf("zero Buffer holds %q", b.String())
	}
	fmt.Fprintf(&b, "a%d", 1)
	b.Write(bytes.Repeat([]byte("b"), 2))
	if b.String() != "a1bb" {
		t.Fatalf("got %q", b.String())
	}
}

func ExampleBuffer() {
	var out testutil.Buffer
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Fprintln(&out, "hello")
		}()
	}
	wg.Wait()
	fmt.Print(out.String())
	// Output:
	// hello
	// hello
	// hello
}
