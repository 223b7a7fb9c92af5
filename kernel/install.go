package kernel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// KernelName is the kernelspec directory name.
const KernelName = "gonotes"

// DisplayName is the kernel's name in Jupyter's menus.
const DisplayName = "Go (gonotes)"

// KernelDir returns the kernelspec directory for an install target:
// "user" (the default), "sys-prefix", or a prefix directory.
func KernelDir(target, prefix string) (string, error) {
	switch target {
	case "", "user":
		if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
			return filepath.Join(d, "kernels", KernelName), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the home directory: %w", err)
		}
		return filepath.Join(home, ".local", "share", "jupyter", "kernels", KernelName), nil
	case "sys-prefix":
		out, err := exec.Command(pythonFor(), "-c", "import sys; print(sys.prefix)").Output()
		if err != nil {
			return "", fmt.Errorf("--sys-prefix needs the python3 that runs Jupyter: %w", err)
		}
		return filepath.Join(strings.TrimSpace(string(out)), "share", "jupyter", "kernels", KernelName), nil
	case "prefix":
		if prefix == "" {
			return "", fmt.Errorf("--prefix needs a directory")
		}
		return filepath.Join(prefix, "share", "jupyter", "kernels", KernelName), nil
	}
	return "", fmt.Errorf("unknown install target %q", target)
}

// pythonFor returns the python that runs the installed jupyter, if it can be
// told from its script, else python3.
func pythonFor() string {
	if p, err := exec.LookPath("jupyter"); err == nil {
		if b, err := os.ReadFile(p); err == nil && bytes.HasPrefix(b, []byte("#!")) {
			line, _, _ := bytes.Cut(b[2:], []byte("\n"))
			if f := strings.Fields(string(line)); len(f) == 1 {
				return f[0]
			}
		}
	}
	return "python3"
}

// Install writes the kernelspec (kernel.json and two logos) into dir so
// that Jupyter starts binary as the kernel.
func Install(dir, binary string) error {
	abs, err := filepath.Abs(binary)
	if err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	spec := map[string]any{
		"argv":           []string{abs, "kernel", "{connection_file}"},
		"display_name":   DisplayName,
		"language":       "go",
		"interrupt_mode": "message",
		"metadata":       map[string]any{"debugger": false},
	}
	b, _ := json.MarshalIndent(spec, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	for _, size := range []int{32, 64} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, Logo(size)); err != nil {
			return fmt.Errorf("install: logo: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size)), buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("install: %w", err)
		}
	}
	return nil
}

// Logo draws the kernel's logo: "GO" in white on Go's blue, size×size.
func Logo(size int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	blue := color.RGBA{0x00, 0xAD, 0xD8, 0xFF}
	white := color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.Set(x, y, blue)
		}
	}
	// 5×7 pixel glyphs for G and O.
	glyphs := [2][7]string{
		{"01110", "10001", "10000", "10111", "10001", "10001", "01111"},
		{"01110", "10001", "10001", "10001", "10001", "10001", "01110"},
	}
	cell := size / 16 // one glyph pixel
	top := (size - 7*cell) / 2
	left := (size - 11*cell) / 2
	for g, rows := range glyphs {
		for r, row := range rows {
			for c, ch := range row {
				if ch != '1' {
					continue
				}
				x0, y0 := left+(g*6+c)*cell, top+r*cell
				for y := y0; y < y0+cell; y++ {
					for x := x0; x < x0+cell; x++ {
						img.Set(x, y, white)
					}
				}
			}
		}
	}
	return img
}
