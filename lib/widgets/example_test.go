package widgets_test

import (
	"fmt"
	"sync"

	"github.com/gonotes/gonotes/lib/widgets"
)

// A progress bar that goroutines advance. In a notebook,
// display.Display(bar) shows it and every Add moves it live; outside a
// notebook the bar just keeps its value.
func ExampleIntProgress() {
	bar := &widgets.IntProgress{Max: 5, Description: "작업"}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bar.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(bar)
	// Output: IntProgress(value=5, description='작업', max=5)
}

// A button whose clicks in the browser call Go.
func ExampleButton() {
	b := &widgets.Button{Description: "눌러 보세요"}
	b.OnClick(func() { fmt.Println("clicked") })
	fmt.Println(b)
	// Output: Button(description='눌러 보세요', style=ButtonStyle())
}

// A slider whose moves in the browser call Go.
func ExampleIntSlider() {
	s := &widgets.IntSlider{Min: 1, Max: 10}
	s.OnChange(func(v int) { fmt.Println("now", v) })
	s.SetValue(3)
	fmt.Println(s.Value(), s)
	// Output: 3 IntSlider(value=3, max=10, min=1)
}

// An HTML widget whose content Go replaces.
func ExampleHTML() {
	h := widgets.NewHTML("<b>0</b>개 완료")
	h.SetValue("<b>3</b>개 완료")
	fmt.Println(h.Value())
	// Output: <b>3</b>개 완료
}

// An Output widget that collects what a function prints.
func ExampleOutput() {
	out := &widgets.Output{}
	out.Capture(func() {
		fmt.Fprintln(hookStdout(), "inside the widget")
	})
	fmt.Println(len(out.Outputs()), "output")
	// Output: 1 output
}
