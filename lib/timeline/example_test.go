package timeline_test

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/threading"
	"github.com/gonotes/gonotes/lib/timeline"
)

// In a notebook cell: record two threads contending a lock, and end the
// cell with the recording to see the picture.
func ExampleStart() {
	var mu threading.Lock
	counter := 0
	tr := timeline.Start()
	tr.Title = "뮤텍스로 보호한 카운터"
	var threads []*threading.Thread
	for i := 1; i <= 2; i++ {
		t := &threading.Thread{Name: fmt.Sprintf("작업자 %d", i), Target: func() {
			for j := 0; j < 3; j++ {
				mu.Acquire()
				counter++
				mu.Release()
			}
		}}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	tr.Stop()
	display.Display(tr) // or `tr` as the cell's last line
	fmt.Println(tr.Summary())
}

func ExampleRecording_Threads() {
	var mu threading.Lock
	done := make(chan struct{})
	tr := timeline.Start()
	t := &threading.Thread{Name: "입금", Target: func() {
		mu.Acquire()
		mu.Release()
		close(done)
	}}
	t.Start()
	<-done
	tr.Stop()
	fmt.Println(tr.Threads())
	// Output: [입금]
}

// A recording drawn as PNG, twice as many pixels as the SVG's units: what
// Jupyter shows for an untrusted notebook, which it does not show SVG for.
func ExampleRecording_PNG() {
	tr := timeline.Start()
	tr.Stop()
	img, err := png.Decode(bytes.NewReader(tr.PNG()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("width:", img.Bounds().Dx(), "pixels")
	// Output: width: 1988 pixels
}
