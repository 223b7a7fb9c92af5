package eval

import (
	"strings"
	"testing"
)

// A cell's time.Sleep under a timeline is drawn as sleeping, not running,
// in the picture (SVG and PNG) and in the text form.
func TestTimelineSeesCellSleep(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"time"

	"github.com/gonotes/gonotes/lib/threading"
	"github.com/gonotes/gonotes/lib/timeline"
)
tr := timeline.Start()
th := &threading.Thread{Name: "잠꾸러기", Target: func() { time.Sleep(30 * time.Millisecond) }}
th.Start()
th.Join()
tr.Stop()`)
	svg, _ := c.data["image/svg+xml"].(string)
	if !strings.Contains(svg, `class="sleep"`) {
		t.Errorf("no sleep in the SVG:\n%s", svg)
	}
	if _, ok := c.data["image/png"].(string); !ok {
		t.Error("no image/png in the bundle")
	}
	for _, line := range strings.Split(c.text(), "\n") {
		if strings.HasSuffix(line, "| 잠꾸러기") && !strings.Contains(line, "-----") {
			t.Errorf("text lane of the sleeper: %q", line)
		}
	}
}
