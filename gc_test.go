package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCgroupMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		file, content string
		want          int64
	}{
		{"memory.max", "2147483648\n", 2147483648},
		{"memory.max", "max\n", 0},
		{"memory/memory.limit_in_bytes", "1073741824\n", 1073741824},
		{"memory/memory.limit_in_bytes", "9223372036854771712\n", 0},
		{"", "", 0},
	} {
		root := t.TempDir()
		if c.file != "" {
			p := filepath.Join(root, c.file)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(c.content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got := cgroupMemoryLimit(root); got != c.want {
			t.Errorf("%s = %q: got %d, want %d", c.file, c.content, got, c.want)
		}
	}
}

// TestCallDepthFor: the nesting of interpreted calls allowed by memory, a
// quarter of it at about 1 KB a call, between 100 000 and 1 000 000.
func TestCallDepthFor(t *testing.T) {
	for _, c := range []struct {
		lim  int64
		want int
	}{
		{0, 1000000},
		{2 << 30, 524288},
		{256 << 20, 100000},
		{16 << 30, 1000000},
	} {
		if got := callDepthFor(c.lim); got != c.want {
			t.Errorf("callDepthFor(%d) = %d, want %d", c.lim, got, c.want)
		}
	}
}
