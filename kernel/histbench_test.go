package kernel

import (
	"path/filepath"
	"testing"
)

// BenchmarkHistoryAdd measures what a cell costs the history file.
func BenchmarkHistoryAdd(b *testing.B) {
	h, err := openHistory(filepath.Join(b.TempDir(), "history.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer h.close()
	for i := 0; i < b.N; i++ {
		h.add(i+1, "fmt.Println(\"hello\")")
	}
}

// BenchmarkHistoryOpen measures a kernel's start with 1,500 cells in the
// history file.
func BenchmarkHistoryOpen(b *testing.B) {
	file := filepath.Join(b.TempDir(), "history.jsonl")
	h, err := openHistory(file)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 1500; i++ {
		h.add(i+1, "fmt.Println(\"hello, world\")")
		h.setOutput(i+1, "12")
	}
	h.close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h, err := openHistory(file)
		if err != nil {
			b.Fatal(err)
		}
		h.close()
	}
}
