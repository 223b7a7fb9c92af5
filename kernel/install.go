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
	"regexp"
	goruntime "runtime"
	"strings"
)

// KernelName is the default kernelspec name (its directory's name).
const KernelName = "gonotes"

// DisplayName is the kernel's default name in Jupyter's menus.
const DisplayName = "Go (gonotes)"

// RaceKernelName and RaceDisplayName name the kernelspec whose interpreter
// runs with Go's race detector (as after `%race on`), installed next to the
// default one when the race-enabled build (gonotes-race) is there.
const (
	RaceKernelName  = "gonotes-race"
	RaceDisplayName = "Go (gonotes, race detector)"
)

// InstallOptions are ipykernel's install flags.
type InstallOptions struct {
	// Name is the kernelspec's name (--name); empty means KernelName.
	// Jupyter lowercases it; it may hold letters, digits, '.', '_' and '-'.
	Name string
	// DisplayName is the name in Jupyter's menus (--display-name); empty
	// means DisplayName, or Name when Name is not the default (as ipykernel).
	DisplayName string
	// Env is set in the kernel's environment by Jupyter (--env).
	Env map[string]string
}

var kernelNameRe = regexp.MustCompile(`^[a-z0-9._\-]+$`)

// SpecName returns the kernelspec name to install under: Name lowercased,
// as jupyter_client stores it, or an error if Jupyter would refuse it.
func (o InstallOptions) SpecName() (string, error) {
	if o.Name == "" {
		return KernelName, nil
	}
	name := strings.ToLower(o.Name)
	if !kernelNameRe.MatchString(name) {
		return "", fmt.Errorf("invalid kernel name %q: use ASCII letters, digits, '.', '_' and '-'", o.Name)
	}
	return name, nil
}

// UserDataDir returns Jupyter's data directory for the current user, as
// jupyter_core's jupyter_data_dir computes it: $JUPYTER_DATA_DIR, else
// ~/Library/Jupyter on macOS, %APPDATA%\jupyter on Windows, and
// $XDG_DATA_HOME/jupyter (~/.local/share/jupyter) elsewhere.
func UserDataDir() (string, error) {
	return userDataDir(goruntime.GOOS, os.Getenv, os.UserHomeDir)
}

func userDataDir(goos string, getenv func(string) string, home func() (string, error)) (string, error) {
	if d := getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	if goos == "windows" {
		if d := getenv("APPDATA"); d != "" {
			return filepath.Join(d, "jupyter"), nil
		}
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("find the home directory: %w", err)
	}
	switch goos {
	case "darwin", "ios":
		return filepath.Join(h, "Library", "Jupyter"), nil
	case "windows":
		return filepath.Join(h, ".jupyter", "data"), nil
	}
	xdg := getenv("XDG_DATA_HOME")
	if xdg == "" {
		xdg = filepath.Join(h, ".local", "share")
	}
	return filepath.Join(xdg, "jupyter"), nil
}

// KernelDir returns the directory of the kernelspec named name (see
// [InstallOptions.SpecName]) for an install target: "user" (the default),
// "sys-prefix", or "prefix" (a prefix directory).
func KernelDir(target, prefix, name string) (string, error) {
	if name == "" {
		name = KernelName
	}
	switch target {
	case "", "user":
		d, err := UserDataDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(d, "kernels", name), nil
	case "sys-prefix":
		out, err := exec.Command(pythonFor(), "-c", "import sys; print(sys.prefix)").Output()
		if err != nil {
			return "", fmt.Errorf("--sys-prefix needs the python3 that runs Jupyter: %w", err)
		}
		return filepath.Join(strings.TrimSpace(string(out)), "share", "jupyter", "kernels", name), nil
	case "prefix":
		if prefix == "" {
			return "", fmt.Errorf("--prefix needs a directory")
		}
		return filepath.Join(prefix, "share", "jupyter", "kernels", name), nil
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
func Install(dir, binary string, opts InstallOptions) error {
	abs, err := filepath.Abs(binary)
	if err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	display := opts.DisplayName
	if display == "" {
		display = DisplayName
		if opts.Name != "" && opts.Name != KernelName {
			display = opts.Name
		}
	}
	spec := map[string]any{
		"argv":           []string{abs, "kernel", "{connection_file}"},
		"display_name":   display,
		"language":       "go",
		"interrupt_mode": "message",
		"metadata":       map[string]any{"debugger": false},
	}
	if len(opts.Env) > 0 {
		spec["env"] = opts.Env
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
