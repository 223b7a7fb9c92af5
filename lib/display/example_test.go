package display_test

import (
	"fmt"
	"image"
	"image/color"
	"os"

	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/hook"
)

// In a notebook the HTML is rendered; in a compiled program (such as this
// example) Display prints the text/plain form, here the HTML source.
func ExampleHTML() {
	display.Display(display.HTML("<b>안녕하세요</b>"))
	// Output: <b>안녕하세요</b>
}

func ExampleImage() {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for x := 0; x < 64; x++ {
		img.Set(x, x*48/64, color.RGBA{R: 255, A: 255})
	}
	display.Display(display.Image(img))
	// Output: [image/png 64x48]
}

func ExampleJSON() {
	display.Display(display.JSON(map[string]any{"스레드": 4, "프로세스": 2}))
	// Output:
	// {
	//   "스레드": 4,
	//   "프로세스": 2
	// }
}

// A handle replaces its output in place: in a notebook the progress line
// changes three times; a compiled program prints each state.
func ExampleNewHandle() {
	h := display.NewHandle()
	for i := 1; i <= 3; i++ {
		h.Update(display.Text(fmt.Sprintf("진행: %d/3", i)))
	}
	// Output:
	// 진행: 1/3
	// 진행: 2/3
	// 진행: 3/3
}

func ExampleDisplay() {
	display.Display(display.Markdown("# 스레드와 프로세스"), "any value", 42)
	// Output:
	// # 스레드와 프로세스
	// any value
	// 42
}

// ClearOutput in a live-progress loop. In a notebook the kernel turns each
// call into Jupyter's clear_output; here a host's scope shows the calls.
func ExampleClearOutput() {
	s := hook.NewScope(1, os.Stdout, os.Stderr)
	s.Clear = func(wait bool) { fmt.Println("clear_output, wait =", wait) }
	defer hook.Bind(s)()
	for i := 1; i <= 2; i++ {
		display.ClearOutput(true)
		fmt.Printf("step %d/2\n", i)
	}
	// Output:
	// clear_output, wait = true
	// step 1/2
	// clear_output, wait = true
	// step 2/2
}
